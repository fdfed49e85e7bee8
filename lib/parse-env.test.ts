import { describe, expect, it } from "vitest";
import { developmentSecret, EnvError, parseEnv } from "@/lib/parse-env";

const goodSecret = "k3J9x2LqP0vN8sR4tY6wZ1aB5cD7eF9gH2"; // 34 characters

function failureOf(source: Record<string, string | undefined>, options?: { isBuild?: boolean }): EnvError {
  try {
    parseEnv(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error("expected parseEnv to refuse");
}

describe("parseEnv", () => {
  it("runs a developer's machine with no variables at all", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATABASE_URL: "file:./data/app.db", NEXTAUTH_SECRET: developmentSecret, NODE_ENV: "development", PORT: 3000 });
  });

  it("accepts a complete production environment, empty values counting as unset", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://fazhi:pw@db.internal:5432/fazhi",
      NEXTAUTH_SECRET: goodSecret,
      NEXTAUTH_URL: "https://fzbg.example.gov.cn",
      SITE_URL: "",
      PORT: "8080",
    });
    expect(env).toMatchObject({ NODE_ENV: "production", PORT: 8080, SITE_URL: undefined });
  });

  it("refuses the built-in secret and short secrets in production, naming the variable in both languages", () => {
    for (const NEXTAUTH_SECRET of [undefined, developmentSecret, "short-secret-0123456789abcdef"]) {
      const error = failureOf({ NODE_ENV: "production", NEXTAUTH_SECRET });
      expect(error.variables).toEqual(["NEXTAUTH_SECRET"]);
      expect(error.message).toContain("NEXTAUTH_SECRET：生产环境必须设置");
      expect(error.message).toContain("NEXTAUTH_SECRET: required in production");
      expect(error.message).toContain("32");
    }
  });

  it("lets `next build` run without the production secret", () => {
    expect(parseEnv({ NODE_ENV: "production" }, { isBuild: true }).NEXTAUTH_SECRET).toBe(developmentSecret);
  });

  it("lists every wrong variable, never echoing a value", () => {
    const error = failureOf({
      DATABASE_URL: "mysql://root:hunter2@db/fazhi",
      NEXTAUTH_SECRET: "tiny",
      SITE_URL: "fzbg.example.gov.cn",
      NEXTAUTH_URL: "ftp://example.gov.cn",
      APP_INTERNAL_URL: "not a url",
      NODE_ENV: "staging",
      PORT: "70000",
    });
    expect(error.variables).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "SITE_URL", "APP_INTERNAL_URL", "NODE_ENV", "PORT"]);
    expect(error.message).toContain("DATABASE_URL：应为以 file: 开头的 SQLite 文件");
    expect(error.message).toContain("SITE_URL: expected the public site's full URL");
    expect(error.message).not.toContain("hunter2");
    expect(error.message).not.toContain("tiny");
  });

  it("accepts both spellings of a PostgreSQL URL and SQLite file URLs", () => {
    for (const DATABASE_URL of ["postgres://u@h/db", "postgresql://u@h/db", "file:/srv/fazhi/app.db"]) {
      expect(parseEnv({ DATABASE_URL }).DATABASE_URL).toBe(DATABASE_URL);
    }
    expect(failureOf({ DATABASE_URL: "file:" }).variables).toEqual(["DATABASE_URL"]);
  });

  it("takes a Redis URL for several instances, and names REDIS_URL when it is not one", () => {
    expect(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379/1" }).REDIS_URL).toBe("redis://127.0.0.1:6379/1");
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    const error = failureOf({ REDIS_URL: "127.0.0.1:6379" });
    expect(error.variables).toEqual(["REDIS_URL"]);
    expect(error.message).toContain("REDIS_URL：应为 Redis 地址");
  });
});
