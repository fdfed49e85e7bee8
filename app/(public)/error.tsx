"use client";

// A public page that could not be made (most often: the database is briefly unreachable). Pages
// already in the cache keep being served meanwhile; this one can be reloaded in a moment.
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="font-serif text-2xl font-bold text-stone-900">页面暂时无法显示</h1>
      <p className="mt-4 text-stone-700">服务器暂时无法读取数据（例如数据库正在重启），请稍后刷新页面。已公开的报告不受影响。</p>
      <button type="button" onClick={() => reset()} className="mt-6 rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100">
        重新加载
      </button>
    </div>
  );
}
