package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.internal.nlp.DecimalConvention;
import org.dossier.internal.nlp.NumberReader;
import org.dossier.internal.nlp.NumberReader.ParsedNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			350,000           | en | 350,000           | 350000
			350,000           | de | 350,000           | 350
			80.000            | de | 80.000            | 80000
			80.000            | en | 80.000            | 80
			80.000            | ru | 80.000            | 80
			3,7               | fr | 3,7               | 3.7
			3,7               | en | 3,7               | 3.7
			0,5               | ru | 0,5               | 0.5
			0,500             | en | 0,500             | 0.5
			0.005             | de | 0.005             | 0.005
			1234,567          | en | 1234,567          | 1234.567
			1,250,000         | de | 1,250,000         | 1250000
			1.250.000         | en | 1.250.000         | 1250000
			1,250.75          | de | 1,250.75          | 1250.75
			1.250,75          | en | 1.250,75          | 1250.75
			1 250 000,5       | fr | 1 250 000,5       | 1250000.5
			1'000'000         | de | 1'000'000         | 1000000
			1’000             | de | 1’000             | 1000
			2014              | ru | 2014              | 2014
			12 345 people     | en | 12 345            | 12345
			332 103 29 15     | ru | 332               | 332
			2019 250 000      | fr | 2019              | 2019
			5. The end        | en | 5                 | 5
			""")
	void readsNumbersInTheirConvention(String text, String language, String number, double value) {
		ParsedNumber parsed = NumberReader.read(text, 0, DecimalConvention.of("", language));
		assertThat(text.substring(parsed.begin(), parsed.end())).isEqualTo(number);
		assertThat(parsed.value()).isEqualTo(value);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1\u00A0250\u00A0000
			1\u202F250\u202F000
			1\u2009250\u2009000
			1\u2007250\u2007000
			""")
	void readsEveryTypographicDigitGroupSpace(String text) {
		assertThat(NumberReader.read(text, 0, DecimalConvention.of("", "fr")).value()).isEqualTo(1250000);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.2.3
			12,34,56
			1,2345,678
			""")
	void readsNoNumberFromWhatIsNone(String text) {
		assertThat(NumberReader.read(text, 0, DecimalConvention.of("", "en"))).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2014 |true
			2,014|false
			20.14|false
			""")
	void tellsPlainIntegers(String text, boolean plain) {
		assertThat(NumberReader.read(text, 0, DecimalConvention.of("", "en")).plainInteger()).isEqualTo(plain);
	}
}
