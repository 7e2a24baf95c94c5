import { describe, expect, it } from "vitest";
import { webAddresses } from "./addresses";

describe("web addresses in pasted or dropped text", () => {
  const cases: [string, string[] | null][] = [
    ["https://news.example.org/a", ["https://news.example.org/a"]],
    ["  http://example.org/x?y=1#z \n", ["http://example.org/x?y=1#z"]],
    ["https://a.example/1\nhttps://b.example/2", ["https://a.example/1", "https://b.example/2"]],
    ["# dropped from a browser\nhttps://a.example/1\r\n", ["https://a.example/1"]],
    ["ftp://example.org/a.txt", ["ftp://example.org/a.txt"]],
    ["Police said 12 people were hurt. https://example.org/source", null],
    ["Read more at example.org", null],
    ["", null],
    ["   ", null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(webAddresses(text)).toEqual(expected));
  }
});
