/** The rotation of a cross-cluster API key, in the only order that never breaks a search. */
export const KEY_ROTATION_STEP_IDS = [
  'create_new_key',
  'update_keystores',
  'verify_connected',
  'invalidate_old_key',
] as const;

export type KeyRotationStepId = (typeof KEY_ROTATION_STEP_IDS)[number];
