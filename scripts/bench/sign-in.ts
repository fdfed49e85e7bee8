// next-auth v4 credentials sign-in from a script: CSRF cookie and token, then the callback.
function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Returns the session cookie ("next-auth.session-token=…") for the login. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const jar = cookiesFrom(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesFrom(response).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`bench: sign-in failed for ${login} (HTTP ${response.status}): ${(await response.text()).slice(0, 200)}`);
  return session;
}
