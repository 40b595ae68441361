// The executables' memory allocator: jemalloc, with these settings (linked only when the build
// option MAILSIGHT_JEMALLOC is on; the sanitizer builds keep their own allocator).
//
// Why: a batch audit runs its checks on a few hundred pool threads that block on their lookups
// (DnsSession::checkPool), and the reports made on those threads are freed on the writing thread.
// With glibc's malloc the heap in use stayed flat (~48 MB) while the memory its arenas held free
// grew with the list (64 MB free after 1000 domains, 112 MB after 6000: fragmentation), so the
// process's peak grew with the list however often malloc_trim ran: 88 MB for 1000 domains, 115 MB
// for 6000. With jemalloc and the settings below: 101 MB and 100 MB, at the same speed
// (bench/audit/README.md, "Batch memory"). jemalloc's defaults held 132 MB: each of the few hundred
// threads kept a cache of freed blocks up to 32 KB.
//
// jemalloc reads this string at its first allocation; the MALLOC_CONF environment variable still
// sets any option on top of it (MALLOC_CONF=stats_print:true prints them at exit).
//   tcache_max:1024     a thread caches freed blocks of up to 1 KB only (the small, frequent ones)
//   dirty_decay_ms:1000 pages freed are given back to the system after about a second
//   muzzy_decay_ms:0    and not kept in between
#include <jemalloc/jemalloc.h>

const char* malloc_conf = "tcache_max:1024,dirty_decay_ms:1000,muzzy_decay_ms:0";
