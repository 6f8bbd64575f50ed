import { expect, test as setup } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { E2E_ADMIN } from "./support/admin";
import { HOSTILE_MARKDOWN, INERT_TOPIC } from "./support/hostile";

// A topic of the inert-content spec's own, made through the admin API as an
// editor would (before any spec runs, so catalog counts never change under
// another spec): hostile Markdown in its intro, a key point and a resource note.
setup("make the inert-content topic", async ({ page, baseURL }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expectSignedInAs(page, E2E_ADMIN.name);
  const headers = { origin: baseURL! };
  const api = page.request;

  const made = await api.post("/api/admin/tracks/the-llm-engineer/topics", {
    headers,
    data: { title: "E2E inert content", intro: HOSTILE_MARKDOWN, slug: INERT_TOPIC },
  });
  if (made.status() === 409) return; // a repeated setup (--repeat-each) made it already
  expect(made.status(), await made.text()).toBe(201);
  const keyPoint = await api.post(`/api/admin/topics/${INERT_TOPIC}/key-points`, { headers, data: { title: "Hostile key point", text: HOSTILE_MARKDOWN } });
  expect(keyPoint.status(), await keyPoint.text()).toBe(201);
  const resource = await api.post(`/api/admin/topics/${INERT_TOPIC}/resources`, {
    headers,
    data: { title: "Hostile resource note", url: "https://example.com/inert-resource", kind: "ARTICLE", note: HOSTILE_MARKDOWN },
  });
  expect(resource.status(), await resource.text()).toBe(201);
});
