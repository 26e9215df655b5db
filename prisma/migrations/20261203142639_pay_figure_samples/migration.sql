-- AlterTable
ALTER TABLE "PayFigure" ADD COLUMN "sample" TEXT;


-- Figures imported before samples were stored are imported again at the next start, with
-- their samples (and the Stack Overflow reference developer types): clearing the recorded
-- checksum makes the seed treat their shipped files as new.
UPDATE "MarketSource" SET "fileSha256" = '' WHERE "publisher" LIKE '%(Foorilla)' OR "publisher" = 'Stack Overflow';
