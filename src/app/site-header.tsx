import { Link } from "@tanstack/react-router";
import { ReadingSettingsPanel } from "./reading-settings-panel";
import { SearchBox } from "./search/search-box";

export function SiteHeader() {
  return (
    <header className="site-header no-print">
      <div className="site-header-inner">
        <Link to="/" className="brand" aria-label="看报 首页">
          看报
        </Link>
        <nav aria-label="主导航" className="flex items-center gap-1">
          <Link to="/" className="nav-link" activeOptions={{ exact: true }}>
            首页
          </Link>
          <Link to="/tags" className="nav-link">
            标签
          </Link>
          <Link to="/bookmarks" className="nav-link">
            收藏
          </Link>
          <Link to="/history" className="nav-link">
            最近阅读
          </Link>
        </nav>
        <div className="search-slot">
          <SearchBox />
        </div>
        <div className="ml-auto">
          <ReadingSettingsPanel />
        </div>
      </div>
    </header>
  );
}
