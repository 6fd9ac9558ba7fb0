package app.cairn.shared.net;

import app.cairn.shared.RefusedException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides whether the server may call a URL a staff member wrote. Only {@code http} and {@code https} are taken, and
 * never a host that is, or resolves to, a loopback, link-local (cloud metadata services live there), private,
 * carrier-grade NAT, unique-local, multicast or unspecified address, unless an administrator listed the host in
 * {@code cairn.outbound.allowed-hosts}. Every address a name resolves to is checked, so a name cannot hide an
 * internal address behind a public one. Callers do not follow redirects.
 */
@Component
public class OutboundAddresses {

    private final Set<String> allowedHosts;

    /** {@code allowedHosts}: host names or literal addresses an administrator lets the server call anyway. */
    public OutboundAddresses(@Value("${cairn.outbound.allowed-hosts:}") List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks what can be known without asking DNS: the scheme, and the host when it is a literal address or
     * {@code localhost}. For checking a URL as it is saved.
     *
     * @throws RefusedException {@code shared.error.outbound-url} (not http(s) with a host) or
     *     {@code shared.error.outbound-address} (host, address, reason)
     */
    public URI checkWritten(String url) {
        URI uri = parse(url);
        String host = host(uri);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            throw refused(host, host, "loopback");
        }
        if (isLiteralAddress(host)) {
            checkAddress(host, resolve(host)[0]);
        }
        return uri;
    }

    /**
     * Checks a URL right before it is called: as {@link #checkWritten} and then every address its host resolves to.
     *
     * @throws RefusedException as {@link #checkWritten}, or {@code shared.error.outbound-unknown-host}
     */
    public URI checkBeforeCall(String url) {
        URI uri = checkWritten(url);
        String host = host(uri);
        if (!allowedHosts.contains(host)) {
            for (InetAddress address : resolve(host)) {
                checkAddress(host, address);
            }
        }
        return uri;
    }

    /** Why an address may not be called, or empty when it may. */
    static Optional<String> internalKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("private");
            }
            if (first == 0 || first >= 240) {
                return Optional.of("reserved");
            }
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("private");
            }
            if (isMappedOrCompatibleIpv4(bytes)) {
                try {
                    return internalKind(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return Optional.of("reserved");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMappedOrCompatibleIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff);
    }

    private static void checkAddress(String host, InetAddress address) {
        internalKind(address).ifPresent(kind -> {
            throw refused(host, address.getHostAddress(), kind);
        });
    }

    private static RefusedException refused(String host, String address, String kind) {
        return new RefusedException("shared.error.outbound-address", host, address, kind);
    }

    private static URI parse(String url) {
        String written = url == null ? "" : url.strip();
        try {
            URI uri = new URI(written);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException unreadable) {
            // refused below
        }
        throw new RefusedException("shared.error.outbound-url", written);
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteralAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+") || host.matches("0x[0-9a-f.x]+");
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            throw new RefusedException("shared.error.outbound-unknown-host", host);
        }
    }
}
