// Web addresses in what the analyst pasted, typed or dropped. Only the
// shape is read here; Rust fetches the page and refuses what it must
// (other schemes included, so the analyst hears why).

const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** The addresses, when `text` is nothing but addresses (one per line or
 * separated by spaces; `#` comment lines of a dropped uri-list skipped);
 * else `null`, and the text is an article. */
export function webAddresses(text: string): string[] | null {
  const words = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || !words.every((w) => ADDRESS.test(w))) return null;
  return words;
}
