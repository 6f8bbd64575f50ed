-- One row: the catalog's version, moved by every content change (curation,
-- review approvals, re-imports). Each app instance reads it (at most every
-- ~2 s) to know when its static pages and cached catalog data are stale.
CREATE TABLE "content_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "content_version" ("id", "version") VALUES (1, 0);
