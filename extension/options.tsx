import { SettingsForm } from "./components/SettingsForm.tsx";
import { useSettings } from "./lib/use-settings.ts";
import "./components/pages.css";

export default function Options() {
  const settings = useSettings();
  return (
    <div className="panel" style={{ maxWidth: 480 }}>
      <h1>vnfacts</h1>
      <SettingsForm settings={settings} />
    </div>
  );
}
