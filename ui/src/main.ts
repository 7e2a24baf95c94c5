import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { firstPageOrTimeout, startOpening } from "./lib/opening";

const target = document.getElementById("app");
if (!target) throw new Error("missing #app");

// The first reads go out before the app is built, and it is built once the
// first page of claims is in: the window's first layout and paint then hold
// the list, instead of an empty frame painted while the list was on its way
// (the page is busy painting it and takes the answer late). A slow database
// delays the first frame by 250 ms at most; then the shell shows and the
// list lands when it lands.
const opening = startOpening();
await firstPageOrTimeout(opening, 250);
export default mount(App, { target, props: { opening } });
