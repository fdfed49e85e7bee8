import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { getUserEmail } from "@/lib/users/get-user-email";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";
import { createDistrict, createUser as createTestUser, createWorld, uniqueId } from "../factories";
import { expectAppError } from "./helpers";

describe("admin sets users' e-mail and creates unit heads", () => {
  it("creates a unit head of a unit with an e-mail address, audited", async () => {
    const world = await createWorld();
    const input = createUserSchema.parse({ name: "单位负责人", login: `head-${uniqueId()}`, role: "UNIT_HEAD", unitId: world.unit.id, email: " head@fuling.gov.cn " });
    const created = await createUser({ actor: world.admin, input });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { role: true, unitId: true, email: true } })).toEqual({
      role: "UNIT_HEAD",
      unitId: world.unit.id,
      email: "head@fuling.gov.cn",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "USER_CREATED", targetId: created.id }, select: { data: true } });
    expect(audit.data).toMatchObject({ after: { role: "UNIT_HEAD", unitId: world.unit.id, email: "head@fuling.gov.cn" } });
  });

  it("keeps a reviewer without a unit and without an address when none is given", async () => {
    const world = await createWorld();
    const input = createUserSchema.parse({ name: "审核人", login: `rev-${uniqueId()}`, role: "REVIEWER", unitId: world.unit.id, email: "" });
    const created = await createUser({ actor: world.admin, input });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { unitId: true, email: true } })).toEqual({ unitId: null, email: null });
  });

  it("changes, keeps and clears an address without ending sessions", async () => {
    const world = await createWorld();
    const head = await createTestUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id });
    await db.session.create({ data: { tokenHash: `hash-${uniqueId()}`, userId: head.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const base = { userId: head.id, name: head.name, role: "UNIT_HEAD", unitId: world.unit.id };

    expect(await updateUser({ actor: world.admin, input: updateUserSchema.parse({ ...base, email: "a@fuling.gov.cn" }) })).toEqual({ sessionsEnded: 0 });
    expect(await getUserEmail({ actor: world.admin, userId: head.id })).toBe("a@fuling.gov.cn");
    const changed = await db.auditEvent.findFirstOrThrow({ where: { kind: "USER_UPDATED", targetId: head.id }, select: { data: true } });
    expect(changed.data).toMatchObject({ before: { email: null }, after: { email: "a@fuling.gov.cn" } });

    // A form without the field leaves the address; nothing changed, nothing audited.
    await updateUser({ actor: world.admin, input: updateUserSchema.parse(base) });
    expect(await getUserEmail({ actor: world.admin, userId: head.id })).toBe("a@fuling.gov.cn");
    expect(await db.auditEvent.count({ where: { kind: "USER_UPDATED", targetId: head.id } })).toBe(1);

    await updateUser({ actor: world.admin, input: updateUserSchema.parse({ ...base, email: "" }) });
    expect(await getUserEmail({ actor: world.admin, userId: head.id })).toBeNull();
    expect(await db.session.count({ where: { userId: head.id, endedAt: null } })).toBe(1);
  });

  it("only admins read an address, and only of their own district", async () => {
    const world = await createWorld();
    await db.user.update({ where: { id: world.clerk.id }, data: { email: "clerk@fuling.gov.cn" } });
    await expectAppError(getUserEmail({ actor: world.reviewer, userId: world.clerk.id }), "FORBIDDEN");
    const other = await createDistrict();
    const foreignAdmin = await createTestUser({ districtId: other.id, role: "ADMIN" });
    expect(await getUserEmail({ actor: foreignAdmin, userId: world.clerk.id })).toBeNull();
  });
});
