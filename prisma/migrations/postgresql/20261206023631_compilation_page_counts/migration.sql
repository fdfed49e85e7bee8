-- CreateTable
CREATE TABLE "ReportPageCount" (
    "key" TEXT NOT NULL,
    "pages" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPageCount_pkey" PRIMARY KEY ("key")
);

