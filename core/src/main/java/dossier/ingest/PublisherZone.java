package dossier.ingest;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a page's publisher most likely works in, for turning a UTC timestamp into the day the article
 * came out where it was published: the zone most newsrooms of the country keep whose domain the address is in
 * (".it", ".com.au"); null for generic domains. A page's declared locale is no guide: content systems write
 * "en_US" by default whatever the site.
 */
final class PublisherZone {
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("us", "America/New_York"), Map.entry("ca", "America/Toronto"), Map.entry("mx", "America/Mexico_City"),
            Map.entry("br", "America/Sao_Paulo"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("cl", "America/Santiago"), Map.entry("co", "America/Bogota"), Map.entry("pe", "America/Lima"),
            Map.entry("gb", "Europe/London"), Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"),
            Map.entry("pt", "Europe/Lisbon"), Map.entry("es", "Europe/Madrid"), Map.entry("fr", "Europe/Paris"),
            Map.entry("be", "Europe/Brussels"), Map.entry("nl", "Europe/Amsterdam"), Map.entry("de", "Europe/Berlin"),
            Map.entry("ch", "Europe/Zurich"), Map.entry("at", "Europe/Vienna"), Map.entry("it", "Europe/Rome"),
            Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"), Map.entry("no", "Europe/Oslo"),
            Map.entry("fi", "Europe/Helsinki"), Map.entry("pl", "Europe/Warsaw"), Map.entry("cz", "Europe/Prague"),
            Map.entry("hu", "Europe/Budapest"), Map.entry("ro", "Europe/Bucharest"), Map.entry("md", "Europe/Chisinau"),
            Map.entry("gr", "Europe/Athens"), Map.entry("ua", "Europe/Kiev"), Map.entry("ru", "Europe/Moscow"),
            Map.entry("tr", "Europe/Istanbul"), Map.entry("il", "Asia/Jerusalem"), Map.entry("eg", "Africa/Cairo"),
            Map.entry("sa", "Asia/Riyadh"), Map.entry("ae", "Asia/Dubai"), Map.entry("ir", "Asia/Tehran"),
            Map.entry("pk", "Asia/Karachi"), Map.entry("in", "Asia/Kolkata"), Map.entry("bd", "Asia/Dhaka"),
            Map.entry("th", "Asia/Bangkok"), Map.entry("vn", "Asia/Ho_Chi_Minh"), Map.entry("my", "Asia/Kuala_Lumpur"),
            Map.entry("sg", "Asia/Singapore"), Map.entry("id", "Asia/Jakarta"), Map.entry("ph", "Asia/Manila"),
            Map.entry("cn", "Asia/Shanghai"), Map.entry("hk", "Asia/Hong_Kong"), Map.entry("tw", "Asia/Taipei"),
            Map.entry("kr", "Asia/Seoul"), Map.entry("jp", "Asia/Tokyo"), Map.entry("au", "Australia/Sydney"),
            Map.entry("nz", "Pacific/Auckland"), Map.entry("za", "Africa/Johannesburg"), Map.entry("ng", "Africa/Lagos"),
            Map.entry("ke", "Africa/Nairobi"));

    private PublisherZone() {}

    static ZoneId of(String url) {
        String host = host(url);
        if (host == null) return null;
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ZONES.containsKey(tld) ? ZoneId.of(ZONES.get(tld)) : null;
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
