// Sentences for the units and district-settings events (admin changes store { before, after }).
const fieldLabels: Record<string, string> = {
  name: "全称",
  shortName: "简称",
  kind: "类别",
  orgCode: "统一社会信用代码",
  slug: "网址标识",
  sortOrder: "顺序",
  isActive: "状态",
  siteTitle: "网站标题",
  publisherPattern: "发布机构",
  indexNumberPattern: "索引号格式",
  townLabel: "街镇类名称",
  departmentLabel: "部门类名称",
};

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function changedFields(data: Record<string, unknown>): string | null {
  const before = record(data.before);
  const after = record(data.after);
  const keys = Object.keys(after).filter((key) => key in fieldLabels && key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return keys.length > 0 ? `修改了${keys.map((key) => fieldLabels[key]).join("、")}` : null;
}

function unitName(data: Record<string, unknown>): string | null {
  const name = record(data.after).shortName ?? record(data.before).shortName;
  return typeof name === "string" && name ? `“${name}”` : null;
}

/** Parts of the sentence for the unit and settings kinds; null for any other kind. */
export function describeUnitEvent(kind: string, data: Record<string, unknown>): string[] | null {
  const parts = (...items: (string | null)[]) => items.filter((item): item is string => item !== null);
  switch (kind) {
    case "UNIT_CREATED":
    case "UNIT_DEACTIVATED":
    case "UNIT_REACTIVATED":
      return parts(unitName(data));
    case "UNIT_UPDATED":
      return parts(unitName(data), changedFields(data));
    case "UNITS_REORDERED":
      return parts(data.direction === "up" ? "上移一位" : data.direction === "down" ? "下移一位" : null);
    case "UNITS_IMPORTED": {
      const counts = record(data.counts);
      const fileName = typeof data.fileName === "string" ? `文件“${data.fileName}”` : null;
      const numbers = typeof counts.create === "number" && typeof counts.update === "number" ? `新增 ${counts.create} 个，更新 ${counts.update} 个` : null;
      return parts(fileName, numbers);
    }
    case "SETTINGS_UPDATED":
      return parts(changedFields(data));
    default:
      return null;
  }
}
