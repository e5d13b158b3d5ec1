export { startWorkspace } from './start-workspace';
export type { RunningWorkspace, StartWorkspaceOptions, WorkspaceLogger } from './start-workspace';
export { ConfigFileError, loadConfig } from './config-file';
export type { AppView, ConfigSource, LoadedConfig } from './config-file';
export { PortInUseError } from './ports';
export { ReplayFileError } from './replay-file';
export { localCertificate, cacheDir } from './certificate';
export type { Certificate } from './certificate';
export { workspaceIniTemplate, workspaceSeedTemplate } from './init-template';
export type {
  ConfigError,
  InteractionSeed,
  Reachability,
  SeedData,
  ServedConfig,
  TargetSeed,
} from '../shared/served';
export type { DisplayMode, ViewConfig } from '../shared/config';
