import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { StaffRole } from './roles.ts';

export interface StaffUserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: StaffRole;
  personId: number | null;
  passwordHash: string | null;
  isActive: Generated<boolean>;
  failedSignIns: Generated<number>;
  lastFailedSignInAt: Date | null;
  lockedUntil: Date | null;
  lastSignedInAt: Date | null;
  createdAt: Generated<Date>;
}

export interface StaffSessionTable {
  tokenHash: string;
  userId: number;
  createdAt: Generated<Date>;
  lastSeenAt: Generated<Date>;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
}

export interface PasswordTokenTable {
  tokenHash: string;
  userId: number;
  purpose: 'invitation' | 'reset';
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Generated<Date>;
}

export interface AuditEventTable {
  // bigint comes back from pg as a string.
  id: ColumnType<string, never, never>;
  at: Generated<Date>;
  userId: number | null;
  userName: string;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface InstanceSecretTable {
  name: string;
  value: string;
  createdAt: Generated<Date>;
}

export type StaffUserRow = Selectable<StaffUserTable>;
export type NewStaffUser = Insertable<StaffUserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
