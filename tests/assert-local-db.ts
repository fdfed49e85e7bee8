// Tests drop and re-create databases. Refuse anything that is not on this machine: a SQLite
// file, or PostgreSQL on the loopback interface. (dub's assert-local-db, STYLE.md C14.)
const localHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLocalDatabaseUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (url.startsWith("file:")) return url.length > "file:".length;
  if (!/^postgres(ql)?:\/\//.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // libpq's ?host= overrides the URL's host (it could name a remote server or a socket).
  if (parsed.searchParams.has("host") || parsed.searchParams.has("hostaddr")) return false;
  return localHosts.has(parsed.hostname);
}

export function assertLocalDb(url: string | undefined): asserts url is string {
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(
      `拒绝在非本地数据库上运行测试 / Refusing to run against a non-local database: ${redact(url)}\n` +
        "Only file: (SQLite) and postgresql://…@127.0.0.1 or @localhost URLs are allowed.",
    );
  }
}

/** The URL without its password, for messages. */
export function redact(url: string | undefined): string {
  if (!url) return "(DATABASE_URL is empty)";
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
