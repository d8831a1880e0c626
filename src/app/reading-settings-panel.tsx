import { FONT_SIZES, THEMES, useReadingSettings } from "./reading-settings";

function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden="true" className="text-sm text-muted">
        {legend}
      </span>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className="sr-only"
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ReadingSettingsPanel() {
  const [s, set] = useReadingSettings();
  return (
    <details className="settings">
      <summary className="button">阅读设置</summary>
      <div className="mt-2 flex flex-col gap-2 rounded border border-line bg-surface p-3">
        <Choice legend="字号" name="font-size" options={FONT_SIZES} value={s.fontSize} onChange={(fontSize) => set({ fontSize })} />
        <Choice legend="主题" name="theme" options={THEMES} value={s.theme} onChange={(theme) => set({ theme })} />
      </div>
    </details>
  );
}
