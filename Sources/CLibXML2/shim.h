#ifndef WIREDESK_CLIBXML2_SHIM_H
#define WIREDESK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers clash with Foundation's bundled ICU.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to call directly.
static inline void wiredesk_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
