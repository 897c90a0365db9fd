package dev.iamlint.eval.condition;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 range of the IpAddress operators: {@code 203.0.113.0/24},
 * {@code 2001:DB8:1234:5678::/64}, or a single address (IAMUG: "the default prefix value of
 * /32"; /128 for IPv6). Host bits beyond the prefix are ignored, as Access Analyzer notes.
 *
 * <p>The text is parsed here, as an IP literal or not at all: no name is ever resolved. An
 * IPv4-mapped IPv6 address ({@code ::ffff:203.0.113.5}) is the IPv4 address it maps, in policies
 * (with a prefix of at least 96) and in requests alike; otherwise IPv4 ranges hold only IPv4
 * addresses and IPv6 ranges only IPv6 addresses.
 */
final class Cidr {

    private static final int IPV4_MAPPED_PREFIX = 96;

    private final byte[] network;
    private final int prefix;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** A range or single address, or null when the text is neither. */
    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = parseLiteral(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                return null;
            }
        }
        if (address.length == 16 && isIpv4Mapped(address) && prefix >= IPV4_MAPPED_PREFIX) {
            address = Arrays.copyOfRange(address, 12, 16);
            prefix -= IPV4_MAPPED_PREFIX;
        }
        return new Cidr(address, prefix);
    }

    /** A request's address (4 or 16 bytes, IPv4-mapped addresses as IPv4), or null. */
    static byte[] parseAddress(String text) {
        byte[] address = parseLiteral(text);
        return address != null && address.length == 16 && isIpv4Mapped(address)
                ? Arrays.copyOfRange(address, 12, 16)
                : address;
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest);
        return (address[whole] & mask) == (network[whole] & mask);
    }

    private static boolean isIpv4Mapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    private static byte[] parseLiteral(String text) {
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    /** Dotted decimal, four parts of one to three digits, each at most 255. */
    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            address[i] = (byte) value;
        }
        return address;
    }

    /** RFC 4291 text: eight groups of up to four hex digits, one {@code ::}, an IPv4 tail. */
    private static byte[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] address = new byte[16];
        for (int i = 0; i < head.length; i++) {
            address[2 * i] = (byte) (head[i] >> 8);
            address[2 * i + 1] = (byte) head[i];
        }
        for (int i = 0; i < tail.length; i++) {
            int at = 16 - 2 * (tail.length - i);
            address[at] = (byte) (tail[i] >> 8);
            address[at + 1] = (byte) tail[i];
        }
        return address;
    }

    /** The 16-bit groups of colon-separated text; an IPv4 tail, where allowed, counts as two. */
    private static int[] groups(String text, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int last = parts.length - 1;
        boolean ipv4Tail = ipv4TailAllowed && parts[last].indexOf('.') >= 0;
        int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == last && ipv4Tail) {
                byte[] ipv4 = parseIpv4(parts[i]);
                if (ipv4 == null) {
                    return null;
                }
                groups[i] = (ipv4[0] & 0xff) << 8 | ipv4[1] & 0xff;
                groups[i + 1] = (ipv4[2] & 0xff) << 8 | ipv4[3] & 0xff;
                continue;
            }
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return null;
            }
            groups[i] = Integer.parseInt(part, 16);
        }
        return groups;
    }
}
