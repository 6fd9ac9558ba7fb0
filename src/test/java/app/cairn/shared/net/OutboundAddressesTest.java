package app.cairn.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.shared.RefusedException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressesTest {

    private final OutboundAddresses outbound = new OutboundAddresses(List.of("hooks.internal.example", "10.1.2.3"));

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080/hook, loopback",
        "http://127.9.9.9/, loopback",
        "http://localhost/, loopback",
        "http://api.localhost/, loopback",
        "http://2130706433/, loopback",
        "http://[::1]/, loopback",
        "http://[::ffff:127.0.0.1]/, loopback",
        "http://169.254.169.254/latest/meta-data/, link-local",
        "http://[fe80::1]/, link-local",
        "http://10.0.0.1/, private",
        "http://172.16.5.4/, private",
        "http://192.168.1.1/, private",
        "http://100.64.0.1/, private",
        "http://[fd00::1]/, private",
        "http://0.0.0.0/, unspecified",
        "http://224.0.0.1/, multicast"
    })
    void anAddressInsideTheNetworkIsRefusedAsItIsWritten(String url, String kind) {
        assertThatThrownBy(() -> outbound.checkWritten(url)).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("shared.error.outbound-address");
            assertThat(refused.arguments()[2]).isEqualTo(kind);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://shop.example/x", "file:///etc/passwd", "http:/no-host", "http://user:pw@shop.example/", ""
            })
    void onlyHttpAndHttpsWithAHostAreTaken(String url) {
        assertThatThrownBy(() -> outbound.checkWritten(url))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("shared.error.outbound-url"));
    }

    @Test
    void aPublicAddressAndAnAllowedHostAreTaken() {
        assertThat(outbound.checkWritten("https://93.184.215.14/hook").getHost())
                .isEqualTo("93.184.215.14");
        assertThat(outbound.checkWritten("http://10.1.2.3:9000/hook").getPort()).isEqualTo(9000);
        assertThat(outbound.checkBeforeCall("https://hooks.internal.example/x").getHost())
                .isEqualTo("hooks.internal.example");
    }

    @Test
    void aNameIsCheckedByEveryAddressItResolvesTo() throws Exception {
        // this machine's own name resolves to one of its own (loopback or private) addresses, yet is no literal
        String ownName = InetAddress.getLocalHost().getHostName();
        assertThat(OutboundAddresses.internalKind(InetAddress.getByName(ownName)))
                .isPresent();

        assertThat(outbound.checkWritten("http://" + ownName + "/hook")).isNotNull();
        assertThatThrownBy(() -> outbound.checkBeforeCall("http://" + ownName + "/hook"))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("shared.error.outbound-address"));
    }

    @Test
    void anUnknownHostIsRefusedBeforeTheCall() {
        assertThatThrownBy(() -> outbound.checkBeforeCall("http://no-such-host.invalid/x"))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("shared.error.outbound-unknown-host"));
    }
}
