// SQLite for Swift. SQLITE_TRANSIENT is a macro cast that Swift cannot import, so it is
// exposed as a typed constant; sqlite3_config / sqlite3_db_config are variadic and not used.
#ifndef FLOWLEARN_CSQLITE_SHIM_H
#define FLOWLEARN_CSQLITE_SHIM_H

#include <sqlite3.h>

static inline sqlite3_destructor_type flowlearn_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
