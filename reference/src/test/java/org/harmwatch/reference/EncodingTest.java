package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingTest {
  private static Encoding scan(byte[] bytes) throws IOException {
    return Encoding.scan(new ByteArrayInputStream(bytes));
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() throws IOException {
    Encoding plain = scan("id,place\n1,Ségou\n".getBytes(StandardCharsets.UTF_8));
    assertThat(plain.ok()).isTrue();
    assertThat(plain.bomLength()).isZero();
    assertThat(plain.sha256()).hasSize(64);
    byte[] withBom = ("\uFEFFid\n1\n").getBytes(StandardCharsets.UTF_8);
    Encoding bom = scan(withBom);
    assertThat(bom.ok()).isTrue();
    assertThat(bom.bomLength()).isEqualTo(3);
  }

  @Test
  void windows1252IsDetectedAndNamedWithItsLine() throws IOException {
    byte[] bytes =
        "id,notes\n1,\u201cquoted\u201d S\u00e9gou\n".getBytes(Charset.forName("windows-1252"));
    Encoding e = scan(bytes);
    assertThat(e.ok()).isFalse();
    assertThat(e.problem())
        .startsWith("the file is not UTF-8: byte 0x93 at offset 11 (line 2)")
        .contains("Windows-1252")
        .contains("--encoding windows-1252");
  }

  @Test
  void latin1WithoutWindowsPunctuationIsNamedAsEither() throws IOException {
    Encoding e = scan("1,S\u00e9gou\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(e.problem()).contains("ISO-8859-1 (Latin-1) or Windows-1252");
  }

  @Test
  void utf16WithoutMarkIsNamedAndWithMarkIsRead() throws IOException {
    Encoding bare = scan("id,notes\n1,x\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(bare.problem()).contains("UTF-16 without a byte order mark");
    Encoding marked = scan("id,notes\n".getBytes(StandardCharsets.UTF_16));
    assertThat(marked.ok()).isTrue();
    assertThat(marked.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void aTruncatedSequenceAtTheEndIsNotUtf8() throws IOException {
    byte[] ok = "x\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 1);
    assertThat(scan(cut).ok()).isFalse();
  }
}
