export {canonicalJson} from './canonicalJson.ts'
export {
  CanonicalJsonError,
  ReviewKeyError,
  ReviewRecordError,
  ReviewScheduleError,
} from './errors.ts'
export {fingerprint} from './fingerprint.ts'
