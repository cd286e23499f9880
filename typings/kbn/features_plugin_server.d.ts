// Subset of `@kbn/features-plugin/server` used by `server/feature.ts`.
export interface AppCategory {
  id: string;
  label: string;
  order?: number;
  euiIconType?: string;
}
export interface FeatureKibanaPrivileges {
  api?: readonly string[];
  app?: readonly string[];
  catalogue?: readonly string[];
  management?: { [sectionId: string]: readonly string[] };
  savedObject: { all: readonly string[]; read: readonly string[] };
  ui: readonly string[];
}
export interface KibanaFeatureConfig {
  id: string;
  name: string;
  description?: string;
  category: AppCategory;
  order?: number;
  app: readonly string[];
  catalogue?: readonly string[];
  management?: { [sectionId: string]: readonly string[] };
  privileges: { all: FeatureKibanaPrivileges; read: FeatureKibanaPrivileges } | null;
}
export interface FeaturesPluginSetup {
  registerKibanaFeature(feature: KibanaFeatureConfig): void;
}
