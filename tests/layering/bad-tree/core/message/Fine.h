// Nothing wrong here.
#include "dns/DnsName.h"
