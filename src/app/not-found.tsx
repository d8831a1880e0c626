import { Link } from "@tanstack/react-router";

export function NotFound() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" className="font-serif text-2xl font-bold">
        找不到这个页面
      </h1>
      <p className="mt-2">链接可能有误，或这期报纸、这篇文章已不在档案中。</p>
      <p className="mt-4">
        <Link to="/" className="text-brand underline">
          回到首页
        </Link>
      </p>
    </section>
  );
}
