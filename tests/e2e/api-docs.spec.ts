import { expect, test } from "@playwright/test";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";

// The API reference: rendered on the server from the OpenAPI document, with no
// script of its own, readable (axe) and linked to the JSON it is made from.
test("/docs/api lists every operation of /api/openapi.json and has no WCAG 2.1 AA violations", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(document.openapi).toBe("3.1.0");
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);

  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(operations);
  await expect(page.getByRole("heading", { level: 3, name: "PUT /api/progress/topics/{slug}" })).toBeVisible();
  await page.getByRole("link", { name: "/api/openapi.json" }).first().isVisible();
  await expectNoAxeViolationsInEitherScheme(page);
  expect(violations).toEqual([]);
});
