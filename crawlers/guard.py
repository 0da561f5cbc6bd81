"""Which targets a source may fetch: its own sites and allowed hosts, never a private address.

Why: links in feeds, sitemaps, robots.txt `Sitemap:` lines, redirects and meta-refresh are
third-party input. Without a guard, a feed item pointing at 169.254.169.254 (cloud metadata) or
an intranet host is fetched and its body kept where analysts read it (SSRF). Pure functions
here; `crawlers.middlewares.TargetGuardMiddleware` applies them to every request, redirect hops
included, before anything connects.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from tld import get_fld

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# Non-public ranges, most specific first (RFC 6890 special-purpose registries).
BLOCKED_RANGES: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "unspecified"), ("10.0.0.0/8", "private"), ("100.64.0.0/10", "shared (CGNAT)"),
    ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"), ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"), ("192.0.2.0/24", "reserved"), ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved"), ("198.51.100.0/24", "reserved"), ("203.0.113.0/24", "reserved"),
    ("224.0.0.0/4", "multicast"), ("240.0.0.0/4", "reserved"),
    ("::/128", "unspecified"), ("::1/128", "loopback"), ("fc00::/7", "private"),
    ("fe80::/10", "link-local"), ("ff00::/8", "multicast"), ("2001:db8::/32", "reserved"),
    ("100::/64", "reserved"), ("64:ff9b::/96", "reserved"),
)
_NETWORKS = tuple((ipaddress.ip_network(net), label) for net, label in BLOCKED_RANGES)


def literal_address(host: str) -> Address | None:
    """The IP address a host name spells, if it is a literal (`10.0.0.1`, `[::1]`), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def blocked_range(address: Address) -> tuple[Network, str] | None:
    """The non-public range an address falls in, with its kind; None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for network, label in _NETWORKS:
        if address.version == network.version and address in network:
            return network, label
    if not address.is_global:  # any other special-purpose address
        return ipaddress.ip_network(address), "reserved"
    return None


def site_of_host(host: str) -> str:
    """Registered domain of a host (`www.lemonde.fr` -> `lemonde.fr`); IPs and bare names as is."""
    host = host.lower().rstrip(".")
    if literal_address(host) is not None:
        return host
    return get_fld(host, fix_protocol=True, fail_silently=True) or host


def _listed(host: str, allowed: tuple[str, ...]) -> bool:
    return any(host == entry or host.endswith("." + entry) for entry in allowed if entry != "*")


@dataclass(frozen=True, slots=True)
class TargetPolicy:
    """What one source may fetch: its sites, its allowed hosts, its own non-public ranges."""

    sites: frozenset[str]
    allowed_hosts: tuple[str, ...] = ()
    own_ranges: frozenset[Network] = frozenset()

    @classmethod
    def for_urls(cls, urls: list[str], allowed_hosts: list[str],
                 own_addresses: list[Address]) -> TargetPolicy:
        """Policy from a source's configured URLs and the addresses their hosts resolve to."""
        hosts = [urlsplit(u).hostname or "" for u in urls]
        ranges = frozenset(r[0] for a in own_addresses if (r := blocked_range(a)))
        return cls(frozenset(site_of_host(h) for h in hosts if h), tuple(allowed_hosts), ranges)

    def refuse_host(self, host: str) -> str | None:
        """Why this host is not the source's (None when it is: own site or allowed host)."""
        host = host.lower().rstrip(".")
        if "*" in self.allowed_hosts or _listed(host, self.allowed_hosts) \
                or site_of_host(host) in self.sites:
            return None
        return (f"host {host} is not one of the source's sites ({', '.join(sorted(self.sites))})"
                " nor in its allowed_hosts")

    def refuse_address(self, host: str, address: Address) -> str | None:
        """Why this address may not be contacted (None when public, own range or listed host)."""
        found = blocked_range(address)
        if found is None or found[0] in self.own_ranges or _listed(host.lower(),
                                                                   self.allowed_hosts):
            return None
        network, label = found
        return (f"{host} resolves to {address}, a {label} address ({network}) outside the "
                "source's own ranges")
