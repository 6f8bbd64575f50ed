// Hostile Markdown: what a learner (notes, suggestions) or a compromised
// editor account (topics, key points, resource notes) could store, to prove it
// renders inert. Every payload that could run sets window.__pwned or calls
// alert(); tests/e2e/inert-content.spec.ts watches for both.
export const HOSTILE_MARKDOWN = [
  "Plain **bold** text stays.",
  "[js link](javascript:window.__pwned=1)",
  "[mixed case](JaVaScRiPt:window.__pwned=2)",
  "[entity colon](javascript&#58;window.__pwned=3)",
  "[entity letter](&#106;avascript:window.__pwned=4)",
  "[alert](javascript:alert(1))",
  "[vbscript](vbscript:msgbox(1))",
  "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)",
  "[reference link][evil]\n\n[evil]: javascript:window.__pwned=5",
  "<javascript:window.__pwned=6>",
  "<script>window.__pwned=7</script>",
  '<img src=x onerror="window.__pwned=8">',
  '<svg onload="window.__pwned=9"><circle r="1"/></svg>',
  '<iframe src="javascript:parent.__pwned=10"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=11</script>"></iframe>',
  '<a href="javascript:window.__pwned=12">raw anchor</a>',
  '<details open ontoggle="window.__pwned=13">x</details>',
  '<object data="data:text/html,<script>parent.__pwned=14</script>"></object>',
  '![broken](x" onerror="window.__pwned=15)',
  "[safe link](https://example.com/inert)",
].join("\n\n");

/** A marker to find the rendered sample on a page. */
export const HOSTILE_MARKER = "Plain bold text stays.";

/** The topic the inert-content setup makes (at the end of the LLM Engineer track). */
export const INERT_TOPIC = "e2e-inert";
