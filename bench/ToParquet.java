import com.supportbilling.testing.ParquetFixtures;
import java.nio.file.Path;

/**
 * Writes a CSV usage file as snappy Parquet, typed as AWS types its exports, with the tests' own writer
 * ({@code ParquetFixtures}, parquet-java's example writer) in row groups of a million rows. bench/formats.sh
 * runs it with the test classes and the application's jars on the class path:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/app/lib/'*' bench/ToParquet.java IN.csv OUT.parquet
 * </pre>
 */
public class ToParquet {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp … bench/ToParquet.java IN.csv OUT.parquet");
            System.exit(2);
        }
        ParquetFixtures.write(Path.of(args[0]), Path.of(args[1]), name -> name, 1_000_000);
    }
}
