import type { Metadata } from "next";
import { ApiReference } from "@/components/docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { errorEnvelopeSchema } from "@/lib/errors";
import { openApiDocument } from "@/lib/openapi/document";
import { z } from "zod";

export const metadata: Metadata = { title: "API reference" };

/** /docs/api: the API reference, from the same OpenAPI document that /api/openapi.json serves (no script: works under the CSP). */
export default function ApiReferencePage() {
  const document = openApiDocument() as unknown as Parameters<typeof ApiReference>[0]["document"];
  return (
    <>
      <PageHeader
        title="API reference"
        lead={
          <>
            Every route of the Waypoint JSON API, generated from the zod schemas its handlers use. The machine-readable document is{" "}
            <a href="/api/openapi.json" className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">/api/openapi.json</a> (OpenAPI 3.1).
          </>
        }
      />
      <section aria-labelledby="errors" className="mb-10 flex flex-col gap-2">
        <h2 id="errors" className="text-xl font-semibold">Errors</h2>
        <p className="text-slate-700 dark:text-slate-300">
          Every error answers the same envelope, with one code per status. Signed-in routes take the session cookie or the same token as{" "}
          <code>Authorization: Bearer</code>; writes from another site are refused with 403.
        </p>
        <pre className="overflow-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900" tabIndex={0}>
          {JSON.stringify(z.toJSONSchema(errorEnvelopeSchema), null, 2)}
        </pre>
      </section>
      <ApiReference document={document} />
    </>
  );
}
