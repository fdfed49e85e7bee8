// Next's page cache shared through Redis (issue 15 §1), used only when REDIS_URL is set
// (next.config.ts): every instance reads and writes the same cached pages, and a revalidation
// after a publication, correction or withdrawal on one instance is seen by all at once.
// Redis down: reads are misses and writes are dropped (commands fail at once instead of
// queueing), so pages are rendered from the database until it is back.
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";

let reported = false;

CacheHandler.onCreation(({ buildId }) => {
  // One connection per process: Next creates the handler once per bundle layer.
  globalThis.fazhiCacheConfig ??= (async () => {
    const client = createClient({
      url: process.env.REDIS_URL,
      disableOfflineQueue: true,
      pingInterval: 10_000,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 2_000) },
    });
    client.on("error", (error) => {
      if (!reported) console.error(`页面缓存（Redis）不可用，页面改为每次从数据库生成：${error.message}`);
      reported = true;
    });
    client.on("ready", () => {
      if (reported) console.info("页面缓存（Redis）已恢复。");
      reported = false;
    });
    // Not awaited: an instance starts and serves while Redis is down, and connects when it is up.
    if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) client.connect().catch(() => {});
    // Pages of one build only: a new deployment never serves the previous one's pages.
    return { handlers: [createRedisHandler({ client, keyPrefix: `fazhi:${buildId ?? "dev"}:`, timeoutMs: 1_000 })] };
  })();
  return globalThis.fazhiCacheConfig;
});

export default CacheHandler;
