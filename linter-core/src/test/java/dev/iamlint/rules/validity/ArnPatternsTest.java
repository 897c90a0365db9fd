package dev.iamlint.rules.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArnPatternsTest {

    private static final String REPOSITORY = "arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}";
    private static final String BUCKET = "arn:${Partition}:s3:::${BucketName}";
    private static final String OBJECT = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
    private static final String LOG_STREAM = "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:ecr:us-east-1:111122223333:repository/team/app | 6 | repository/team/app",
        "arn:aws:s3:::bucket/key:with:colons                     | 6 | bucket/key:with:colons",
        "arn:aws:iam::${aws:PrincipalAccount}:role/app          | 6 | role/app",
        "arn:aws:ecr:us-east-1:repository/app                     | 5 | repository/app",
        "ecr:repository                                           | 2 | repository",
    })
    void splitsAtTheFirstFiveColonsOutsideVariables(String arn, int count, String last) {
        List<String> fields = ArnPatterns.fields(arn);
        assertEquals(count, fields.size());
        assertEquals(last, fields.get(fields.size() - 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:ecr:us-east-1:111122223333:repository/team/app            | REPOSITORY | true",
        "arn:aws:ecr:*:*:*                                                   | REPOSITORY | true",
        "arn:aws:ecr:*:*:repo*                                               | REPOSITORY | true",
        "arn:aws:ecr:us-east-1:${aws:PrincipalAccount}:repository/${aws:username} | REPOSITORY | true",
        "arn:aws:ecr:us-east-1:111122223333:registry/team/app              | REPOSITORY | false",
        "arn:aws:s3:::team-app                                              | REPOSITORY | false",
        "arn:aws:s3:::team-app                                              | BUCKET     | true",
        "arn:aws:s3:::team-app/*                                            | BUCKET     | false",
        "arn:aws:s3:::team-app/*                                            | OBJECT     | true",
        "arn:aws:s3:::team-app                                              | OBJECT     | false",
        "arn:aws:s3:::*                                                     | OBJECT     | true",
        "arn:aws:s3:::te?m-app                                              | BUCKET     | true",
        "arn:aws:logs:us-east-1:111122223333:log-group:/aws/app:log-stream:* | LOG_STREAM | true",
        "arn:aws:logs:us-east-1:111122223333:log-group:/aws/app             | LOG_STREAM | false",
    })
    void overlapsWhenSomeArnMatchesBothPatternAndFormat(String pattern, String format, boolean overlaps) {
        String formatText = switch (format) {
            case "REPOSITORY" -> REPOSITORY;
            case "BUCKET" -> BUCKET;
            case "OBJECT" -> OBJECT;
            default -> LOG_STREAM;
        };
        assertEquals(overlaps, ArnPatterns.overlaps(pattern, formatText), pattern + " vs " + formatText);
    }
}
