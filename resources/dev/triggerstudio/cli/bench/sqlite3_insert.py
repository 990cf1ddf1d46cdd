# The baseline of `./studio bench --process`: Python's sqlite3 inserting the rows `./studio simulate`
# stored (the same ids, in the same order, and the same nine other columns), into the same table,
# in WAL mode, committing every 200 rows. Usage: sqlite3_insert.py DB IDS_FILE CREATED_DATE
import sqlite3
import sys

db, ids_file, created = sys.argv[1], sys.argv[2], sys.argv[3]
with open(ids_file) as f:
    ids = f.read().split()
c = sqlite3.connect(db, isolation_level=None)
c.execute("pragma journal_mode=wal")
c.execute('create table if not exists "contact" (id TEXT PRIMARY KEY, "first_name" TEXT, "last_name" TEXT, '
          '"email" TEXT, "phone" TEXT, "account" TEXT, "created_date" TEXT, "created_by" TEXT, '
          '"modified_date" TEXT, "modified_by" TEXT, "owner" TEXT)')
sql = ("insert into contact (id, first_name, last_name, email, phone, created_date, created_by, "
       "modified_date, modified_by, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
for start in range(0, len(ids), 200):
    c.execute("begin")
    c.executemany(sql, [(ids[i], "First%d" % i, "Bench%d" % i, "person%d@example.com" % i, "+1415555%04d" % (i % 10000),
                         created, "alice", created, "alice", "alice") for i in range(start, min(len(ids), start + 200))])
    c.execute("commit")
c.close()
