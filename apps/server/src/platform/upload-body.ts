// The body of an upload (multipart/form-data): exactly one file part and a few short text fields,
// read only after the route has checked the caller and the target (nothing is read before). The
// file is streamed to a private temporary file and cut off at the size cap, then read back and the
// temporary file removed; a second file, too many or too long fields, or a file over the cap are
// refused with a Chinese reason on the field concerned.

import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import * as P from '@rencai/platform';
import { MAX_FILE_BYTES } from '@rencai/store';

/** The bounds of one upload request (the multipart plugin is registered with these). */
export const UPLOAD_LIMITS = {
  fileSize: MAX_FILE_BYTES,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  fieldNameSize: 100,
  parts: 5,
  headerPairs: 20,
} as const;

const TOO_LARGE = `文件过大，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB`;

export interface Upload {
  content: Buffer;
  filename: string;
  fields: Record<string, string>;
}

/** Chinese for the multipart plugin's own limit errors. */
function limitError(e: unknown): P.PlatformError | undefined {
  switch ((e as { code?: string }).code) {
    case 'FST_FILES_LIMIT':
      return P.fieldError('file', '一次只能上传一个文件');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return P.fieldError('file', `表单字段过多：除文件外最多 ${UPLOAD_LIMITS.fields} 个字段`);
    case 'FST_REQ_FILE_TOO_LARGE':
      return P.fieldError('file', TOO_LARGE);
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return P.fieldError('file', '请以 multipart/form-data 上传文件（字段名 file）');
    default:
      // The form's own parse errors (busboy: "Unexpected end of form", a malformed part header …)
      // are the sender's; a system error while writing the temporary file (ENOSPC …) stays a 500.
      if (e instanceof P.PlatformError || /^E[A-Z]+$/.test(String((e as { code?: unknown }).code ?? ''))) return undefined;
      return P.fieldError('file', '上传的表单不完整或格式有误，请重新上传');
  }
}

export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw P.fieldError('file', '请以 multipart/form-data 上传文件（字段名 file）');
  // A declared length beyond the cap (plus room for the form's own lines) is refused unread.
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES + 64 * 1024) throw P.fieldError('file', TOO_LARGE);
  const dir = await mkdtemp(join(tmpdir(), 'rencai-upload-'));
  try {
    const path = join(dir, 'file');
    let filename: string | undefined;
    const fields: Record<string, string> = {};
    try {
      for await (const part of req.parts({ limits: UPLOAD_LIMITS })) {
        if (part.type === 'file') {
          if (filename !== undefined) {
            part.file.resume();
            throw P.fieldError('file', '一次只能上传一个文件');
          }
          filename = part.filename;
          await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
          if (part.file.truncated) throw P.fieldError('file', TOO_LARGE);
        } else {
          if (part.valueTruncated || part.fieldnameTruncated) throw P.fieldError('file', `表单字段过长：每个字段最多 ${UPLOAD_LIMITS.fieldSize} 字节`);
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
      }
    } catch (e) {
      throw limitError(e) ?? e;
    }
    if (filename === undefined) throw P.fieldError('file', '没有收到文件（字段名 file）');
    return { content: await readFile(path), filename, fields };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
