// npm run search:reindex — puts every public report that is missing from the search index
// into it: for a database whose reports were published before the index existed. Safe to run
// again; publishing, correcting and withdrawing keep the index in step on their own.
import { db } from "@/lib/db";
import { indexMissingPublishedTexts } from "@/lib/public/search/index-published-text";

indexMissingPublishedTexts(db)
  .then((count) => console.log(count ? `已将 ${count} 份已发布的报告加入搜索索引。` : "搜索索引已是最新。"))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
