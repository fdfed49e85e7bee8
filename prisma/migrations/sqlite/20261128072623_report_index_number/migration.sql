-- DropIndex
DROP INDEX "Publication_indexNumber_key";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "indexNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Report_indexNumber_key" ON "Report"("indexNumber");


-- Backfill: a report already published keeps the 索引号 of its first publication.
UPDATE "Report" SET "indexNumber" = (
  SELECT p."indexNumber" FROM "Publication" p WHERE p."reportId" = "Report"."id" ORDER BY p."createdAt" ASC LIMIT 1
) WHERE EXISTS (SELECT 1 FROM "Publication" p WHERE p."reportId" = "Report"."id");
