#ifndef WIREDESK_CSYSTEMSHIMS_H
#define WIREDESK_CSYSTEMSHIMS_H

/// Linux calls that glibc declares only under _GNU_SOURCE, which Swift's Glibc module does not define.
/// syncfs(2): flushes the whole filesystem holding `fd`; one call makes a batch of new files durable.
extern int syncfs(int fd);

#endif
