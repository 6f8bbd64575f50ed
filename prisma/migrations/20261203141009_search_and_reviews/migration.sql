-- Search (lib/search) and spaced review (lib/spaced-review).
--
-- search_vector columns are GENERATED (stored): PostgreSQL keeps them in step
-- with every write, on the embedded PGlite too, and the app never writes them.
-- Each text is indexed twice: stemmed ('english', for whole words: "networks"
-- finds "network") and as written ('simple', so a prefix typed so far,
-- "transf:*", finds "transformers", which the stemmer would have cut to
-- "transform"). Weights: titles A, body text B, resource author and note C.
-- Prisma does not model generated columns: schema.prisma declares them as
-- Unsupported("tsvector")? so that migrate dev leaves them alone.

-- CreateEnum
CREATE TYPE "ReviewGrade" AS ENUM ('AGAIN', 'HARD', 'GOOD', 'EASY');

-- AlterEnum
ALTER TYPE "ActivityKind" ADD VALUE 'REVIEW';

-- AlterTable
ALTER TABLE "key_points" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, "text"), 'B') ||
    setweight(to_tsvector('simple'::regconfig, "text"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "resources" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("author", '')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("author", '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce("note", '')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("note", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "topics" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, "intro"), 'B') ||
    setweight(to_tsvector('simple'::regconfig, "intro"), 'B')
) STORED;

-- CreateTable
CREATE TABLE "review_cards" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "learning_steps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL,
    "last_review_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_logs" (
    "id" BIGSERIAL NOT NULL,
    "card_id" TEXT NOT NULL,
    "reviewed_on" DATE NOT NULL,
    "grade" "ReviewGrade" NOT NULL,
    "reviewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_cards_user_id_due_at_idx" ON "review_cards"("user_id", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "review_cards_user_id_topic_id_key" ON "review_cards"("user_id", "topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_logs_card_id_reviewed_on_key" ON "review_logs"("card_id", "reviewed_on");

-- CreateIndex
CREATE INDEX "key_points_search_vector_idx" ON "key_points" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "resources_search_vector_idx" ON "resources" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "topics_search_vector_idx" ON "topics" USING GIN ("search_vector");

-- AddForeignKey
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_user_id_topic_id_fkey" FOREIGN KEY ("user_id", "topic_id") REFERENCES "topic_progress"("user_id", "topic_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "review_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
