/** Personal-detail detection moved to `shared/logic/privacy/` (the one redaction layer); this keeps old imports working. */
export { findPersonalDetails, hasPersonalDetails, redactPersonalDetails, type PersonalDetail, type PersonalDetailKind } from '../privacy';
