// An issuing body's name on a line of its own: above a title broken over lines
// ("南岸区司法局" / "关于2022年度…的报告") and in the signature at the end.
import { matchForm } from "@/lib/import/text-forms";

const orgSuffix =
  /(人民政府|政府|委员会|工作委员会|工委|党委|党组|党工委|办事处|街道|镇|乡|局|委|办公室|办|中心|院|所|厅|部|署|队|站|公司|管委会)$/;

export function isOrgName(text: string): boolean {
  const bare = matchForm(text);
  return bare.length >= 2 && bare.length <= 40 && !/[。，,；;：:！？!?]/.test(bare) && orgSuffix.test(bare);
}
