import CSQLite

/// An SQLite result code, primary or extended, with its C name for messages.
///
/// Extended codes carry their primary code in the low 8 bits. Pattern matching follows that
/// hierarchy: a primary pattern matches itself and all of its extended codes, an extended
/// pattern only itself:
///
/// ```swift
/// switch error.code {
/// case .constraintUnique: ...   // only SQLITE_CONSTRAINT_UNIQUE
/// case .constraint: ...         // any other constraint violation
/// default: ...
/// }
/// ```
///
/// The values are written out as numbers (they are part of SQLite's stable ABI) rather than
/// taken from the C macros, so the module builds against older `sqlite3.h` headers too.
/// See <https://www.sqlite.org/rescode.html>.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The raw code, as returned by `sqlite3_extended_errcode`.
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code: the low 8 bits. `.constraintUnique.primary == .constraint`.
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// Whether this is a primary code (not an extended one).
    public var isPrimary: Bool { rawValue == rawValue & 0xFF }

    /// A primary pattern matches any code with that primary code; an extended pattern only itself.
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern.isPrimary ? pattern == code.primary : pattern == code
    }

    /// Lets `catch ResultCode.constraintUnique { ... }` match an ``SQLiteError`` by its code.
    public static func ~= (pattern: ResultCode, error: any Error) -> Bool {
        guard let error = error as? SQLiteError else { return false }
        return pattern ~= error.code
    }

    /// The C name, e.g. `SQLITE_CONSTRAINT_UNIQUE`. An extended code this table does not know is
    /// named after its primary code: `SQLITE_IOERR (extended)`.
    public var name: String {
        if let name = Self.names[rawValue] { return name }
        if let primaryName = Self.names[primary.rawValue] { return "\(primaryName) (extended)" }
        return "SQLITE_UNKNOWN"
    }

    /// SQLite's own English explanation of the code (`sqlite3_errstr`), e.g. "database is locked".
    public var explanation: String {
        sqlite3_errstr(rawValue).map { String(cString: $0) } ?? "unknown error"
    }

    /// `SQLITE_CONSTRAINT_UNIQUE (2067)`.
    public var description: String { "\(name) (\(rawValue))" }

    private static func extended(_ primary: ResultCode, _ n: Int32) -> ResultCode {
        ResultCode(rawValue: primary.rawValue | (n << 8))
    }

    // MARK: Primary codes

    public static let ok = ResultCode(rawValue: 0)
    public static let error = ResultCode(rawValue: 1)
    public static let `internal` = ResultCode(rawValue: 2)
    public static let permission = ResultCode(rawValue: 3)
    public static let abort = ResultCode(rawValue: 4)
    public static let busy = ResultCode(rawValue: 5)
    public static let locked = ResultCode(rawValue: 6)
    public static let noMemory = ResultCode(rawValue: 7)
    public static let readOnly = ResultCode(rawValue: 8)
    public static let interrupt = ResultCode(rawValue: 9)
    public static let ioError = ResultCode(rawValue: 10)
    public static let corrupt = ResultCode(rawValue: 11)
    public static let notFound = ResultCode(rawValue: 12)
    public static let full = ResultCode(rawValue: 13)
    public static let cannotOpen = ResultCode(rawValue: 14)
    public static let `protocol` = ResultCode(rawValue: 15)
    public static let empty = ResultCode(rawValue: 16)
    public static let schema = ResultCode(rawValue: 17)
    public static let tooBig = ResultCode(rawValue: 18)
    public static let constraint = ResultCode(rawValue: 19)
    public static let mismatch = ResultCode(rawValue: 20)
    public static let misuse = ResultCode(rawValue: 21)
    public static let noLargeFileSupport = ResultCode(rawValue: 22)
    public static let authorization = ResultCode(rawValue: 23)
    public static let format = ResultCode(rawValue: 24)
    public static let range = ResultCode(rawValue: 25)
    public static let notADatabase = ResultCode(rawValue: 26)
    public static let notice = ResultCode(rawValue: 27)
    public static let warning = ResultCode(rawValue: 28)
    public static let row = ResultCode(rawValue: 100)
    public static let done = ResultCode(rawValue: 101)

    // MARK: Extended codes

    public static let errorMissingCollatingSequence = extended(.error, 1)
    public static let errorRetry = extended(.error, 2)
    public static let errorSnapshot = extended(.error, 3)
    public static let ioErrorRead = extended(.ioError, 1)
    public static let ioErrorShortRead = extended(.ioError, 2)
    public static let ioErrorWrite = extended(.ioError, 3)
    public static let ioErrorFsync = extended(.ioError, 4)
    public static let ioErrorDirectoryFsync = extended(.ioError, 5)
    public static let ioErrorTruncate = extended(.ioError, 6)
    public static let ioErrorFstat = extended(.ioError, 7)
    public static let ioErrorUnlock = extended(.ioError, 8)
    public static let ioErrorReadLock = extended(.ioError, 9)
    public static let ioErrorDelete = extended(.ioError, 10)
    public static let ioErrorBlocked = extended(.ioError, 11)
    public static let ioErrorNoMemory = extended(.ioError, 12)
    public static let ioErrorAccess = extended(.ioError, 13)
    public static let ioErrorCheckReservedLock = extended(.ioError, 14)
    public static let ioErrorLock = extended(.ioError, 15)
    public static let ioErrorClose = extended(.ioError, 16)
    public static let ioErrorDirectoryClose = extended(.ioError, 17)
    public static let ioErrorSharedMemoryOpen = extended(.ioError, 18)
    public static let ioErrorSharedMemorySize = extended(.ioError, 19)
    public static let ioErrorSharedMemoryLock = extended(.ioError, 20)
    public static let ioErrorSharedMemoryMap = extended(.ioError, 21)
    public static let ioErrorSeek = extended(.ioError, 22)
    public static let ioErrorDeleteNoEntry = extended(.ioError, 23)
    public static let ioErrorMemoryMap = extended(.ioError, 24)
    public static let ioErrorGetTempPath = extended(.ioError, 25)
    public static let ioErrorConvertPath = extended(.ioError, 26)
    public static let ioErrorVnode = extended(.ioError, 27)
    public static let ioErrorAuthorization = extended(.ioError, 28)
    public static let ioErrorBeginAtomic = extended(.ioError, 29)
    public static let ioErrorCommitAtomic = extended(.ioError, 30)
    public static let ioErrorRollbackAtomic = extended(.ioError, 31)
    public static let ioErrorData = extended(.ioError, 32)
    public static let ioErrorCorruptFileSystem = extended(.ioError, 33)
    public static let lockedSharedCache = extended(.locked, 1)
    public static let lockedVirtualTable = extended(.locked, 2)
    public static let busyRecovery = extended(.busy, 1)
    public static let busySnapshot = extended(.busy, 2)
    public static let busyTimeout = extended(.busy, 3)
    public static let cannotOpenNoTempDirectory = extended(.cannotOpen, 1)
    public static let cannotOpenIsDirectory = extended(.cannotOpen, 2)
    public static let cannotOpenFullPath = extended(.cannotOpen, 3)
    public static let cannotOpenConvertPath = extended(.cannotOpen, 4)
    public static let cannotOpenDirtyWAL = extended(.cannotOpen, 5)
    public static let cannotOpenSymlink = extended(.cannotOpen, 6)
    public static let corruptVirtualTable = extended(.corrupt, 1)
    public static let corruptSequence = extended(.corrupt, 2)
    public static let corruptIndex = extended(.corrupt, 3)
    public static let readOnlyRecovery = extended(.readOnly, 1)
    public static let readOnlyCannotLock = extended(.readOnly, 2)
    public static let readOnlyRollback = extended(.readOnly, 3)
    public static let readOnlyDatabaseMoved = extended(.readOnly, 4)
    public static let readOnlyCannotInit = extended(.readOnly, 5)
    public static let readOnlyDirectory = extended(.readOnly, 6)
    public static let abortRollback = extended(.abort, 2)
    public static let constraintCheck = extended(.constraint, 1)
    public static let constraintCommitHook = extended(.constraint, 2)
    public static let constraintForeignKey = extended(.constraint, 3)
    public static let constraintFunction = extended(.constraint, 4)
    public static let constraintNotNull = extended(.constraint, 5)
    public static let constraintPrimaryKey = extended(.constraint, 6)
    public static let constraintTrigger = extended(.constraint, 7)
    public static let constraintUnique = extended(.constraint, 8)
    public static let constraintVirtualTable = extended(.constraint, 9)
    public static let constraintRowID = extended(.constraint, 10)
    public static let constraintPinned = extended(.constraint, 11)
    public static let constraintDataType = extended(.constraint, 12)
    public static let noticeRecoverWAL = extended(.notice, 1)
    public static let noticeRecoverRollback = extended(.notice, 2)
    public static let warningAutoIndex = extended(.warning, 1)
    public static let authorizationUser = extended(.authorization, 1)
    public static let okLoadPermanently = extended(.ok, 1)
    public static let okSymlink = extended(.ok, 2)

    private static let names: [Int32: String] = {
        let table: [(ResultCode, String)] = [
            (.ok, "SQLITE_OK"), (.error, "SQLITE_ERROR"), (.internal, "SQLITE_INTERNAL"), (.permission, "SQLITE_PERM"),
            (.abort, "SQLITE_ABORT"), (.busy, "SQLITE_BUSY"), (.locked, "SQLITE_LOCKED"), (.noMemory, "SQLITE_NOMEM"),
            (.readOnly, "SQLITE_READONLY"), (.interrupt, "SQLITE_INTERRUPT"), (.ioError, "SQLITE_IOERR"),
            (.corrupt, "SQLITE_CORRUPT"), (.notFound, "SQLITE_NOTFOUND"), (.full, "SQLITE_FULL"),
            (.cannotOpen, "SQLITE_CANTOPEN"), (.protocol, "SQLITE_PROTOCOL"), (.empty, "SQLITE_EMPTY"),
            (.schema, "SQLITE_SCHEMA"), (.tooBig, "SQLITE_TOOBIG"), (.constraint, "SQLITE_CONSTRAINT"),
            (.mismatch, "SQLITE_MISMATCH"), (.misuse, "SQLITE_MISUSE"), (.noLargeFileSupport, "SQLITE_NOLFS"),
            (.authorization, "SQLITE_AUTH"), (.format, "SQLITE_FORMAT"), (.range, "SQLITE_RANGE"),
            (.notADatabase, "SQLITE_NOTADB"), (.notice, "SQLITE_NOTICE"), (.warning, "SQLITE_WARNING"),
            (.row, "SQLITE_ROW"), (.done, "SQLITE_DONE"),
            (.errorMissingCollatingSequence, "SQLITE_ERROR_MISSING_COLLSEQ"), (.errorRetry, "SQLITE_ERROR_RETRY"),
            (.errorSnapshot, "SQLITE_ERROR_SNAPSHOT"),
            (.ioErrorRead, "SQLITE_IOERR_READ"), (.ioErrorShortRead, "SQLITE_IOERR_SHORT_READ"),
            (.ioErrorWrite, "SQLITE_IOERR_WRITE"), (.ioErrorFsync, "SQLITE_IOERR_FSYNC"),
            (.ioErrorDirectoryFsync, "SQLITE_IOERR_DIR_FSYNC"), (.ioErrorTruncate, "SQLITE_IOERR_TRUNCATE"),
            (.ioErrorFstat, "SQLITE_IOERR_FSTAT"), (.ioErrorUnlock, "SQLITE_IOERR_UNLOCK"),
            (.ioErrorReadLock, "SQLITE_IOERR_RDLOCK"), (.ioErrorDelete, "SQLITE_IOERR_DELETE"),
            (.ioErrorBlocked, "SQLITE_IOERR_BLOCKED"), (.ioErrorNoMemory, "SQLITE_IOERR_NOMEM"),
            (.ioErrorAccess, "SQLITE_IOERR_ACCESS"), (.ioErrorCheckReservedLock, "SQLITE_IOERR_CHECKRESERVEDLOCK"),
            (.ioErrorLock, "SQLITE_IOERR_LOCK"), (.ioErrorClose, "SQLITE_IOERR_CLOSE"),
            (.ioErrorDirectoryClose, "SQLITE_IOERR_DIR_CLOSE"), (.ioErrorSharedMemoryOpen, "SQLITE_IOERR_SHMOPEN"),
            (.ioErrorSharedMemorySize, "SQLITE_IOERR_SHMSIZE"), (.ioErrorSharedMemoryLock, "SQLITE_IOERR_SHMLOCK"),
            (.ioErrorSharedMemoryMap, "SQLITE_IOERR_SHMMAP"), (.ioErrorSeek, "SQLITE_IOERR_SEEK"),
            (.ioErrorDeleteNoEntry, "SQLITE_IOERR_DELETE_NOENT"), (.ioErrorMemoryMap, "SQLITE_IOERR_MMAP"),
            (.ioErrorGetTempPath, "SQLITE_IOERR_GETTEMPPATH"), (.ioErrorConvertPath, "SQLITE_IOERR_CONVPATH"),
            (.ioErrorVnode, "SQLITE_IOERR_VNODE"), (.ioErrorAuthorization, "SQLITE_IOERR_AUTH"),
            (.ioErrorBeginAtomic, "SQLITE_IOERR_BEGIN_ATOMIC"), (.ioErrorCommitAtomic, "SQLITE_IOERR_COMMIT_ATOMIC"),
            (.ioErrorRollbackAtomic, "SQLITE_IOERR_ROLLBACK_ATOMIC"), (.ioErrorData, "SQLITE_IOERR_DATA"),
            (.ioErrorCorruptFileSystem, "SQLITE_IOERR_CORRUPTFS"),
            (.lockedSharedCache, "SQLITE_LOCKED_SHAREDCACHE"), (.lockedVirtualTable, "SQLITE_LOCKED_VTAB"),
            (.busyRecovery, "SQLITE_BUSY_RECOVERY"), (.busySnapshot, "SQLITE_BUSY_SNAPSHOT"),
            (.busyTimeout, "SQLITE_BUSY_TIMEOUT"),
            (.cannotOpenNoTempDirectory, "SQLITE_CANTOPEN_NOTEMPDIR"), (.cannotOpenIsDirectory, "SQLITE_CANTOPEN_ISDIR"),
            (.cannotOpenFullPath, "SQLITE_CANTOPEN_FULLPATH"), (.cannotOpenConvertPath, "SQLITE_CANTOPEN_CONVPATH"),
            (.cannotOpenDirtyWAL, "SQLITE_CANTOPEN_DIRTYWAL"), (.cannotOpenSymlink, "SQLITE_CANTOPEN_SYMLINK"),
            (.corruptVirtualTable, "SQLITE_CORRUPT_VTAB"), (.corruptSequence, "SQLITE_CORRUPT_SEQUENCE"),
            (.corruptIndex, "SQLITE_CORRUPT_INDEX"),
            (.readOnlyRecovery, "SQLITE_READONLY_RECOVERY"), (.readOnlyCannotLock, "SQLITE_READONLY_CANTLOCK"),
            (.readOnlyRollback, "SQLITE_READONLY_ROLLBACK"), (.readOnlyDatabaseMoved, "SQLITE_READONLY_DBMOVED"),
            (.readOnlyCannotInit, "SQLITE_READONLY_CANTINIT"), (.readOnlyDirectory, "SQLITE_READONLY_DIRECTORY"),
            (.abortRollback, "SQLITE_ABORT_ROLLBACK"),
            (.constraintCheck, "SQLITE_CONSTRAINT_CHECK"), (.constraintCommitHook, "SQLITE_CONSTRAINT_COMMITHOOK"),
            (.constraintForeignKey, "SQLITE_CONSTRAINT_FOREIGNKEY"), (.constraintFunction, "SQLITE_CONSTRAINT_FUNCTION"),
            (.constraintNotNull, "SQLITE_CONSTRAINT_NOTNULL"), (.constraintPrimaryKey, "SQLITE_CONSTRAINT_PRIMARYKEY"),
            (.constraintTrigger, "SQLITE_CONSTRAINT_TRIGGER"), (.constraintUnique, "SQLITE_CONSTRAINT_UNIQUE"),
            (.constraintVirtualTable, "SQLITE_CONSTRAINT_VTAB"), (.constraintRowID, "SQLITE_CONSTRAINT_ROWID"),
            (.constraintPinned, "SQLITE_CONSTRAINT_PINNED"), (.constraintDataType, "SQLITE_CONSTRAINT_DATATYPE"),
            (.noticeRecoverWAL, "SQLITE_NOTICE_RECOVER_WAL"), (.noticeRecoverRollback, "SQLITE_NOTICE_RECOVER_ROLLBACK"),
            (.warningAutoIndex, "SQLITE_WARNING_AUTOINDEX"), (.authorizationUser, "SQLITE_AUTH_USER"),
            (.okLoadPermanently, "SQLITE_OK_LOAD_PERMANENTLY"), (.okSymlink, "SQLITE_OK_SYMLINK"),
        ]
        return Dictionary(table.map { ($0.0.rawValue, $0.1) }, uniquingKeysWith: { first, _ in first })
    }()
}
