package dev.iamlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ResourceTypeInfoTest {

    @ParameterizedTest(name = "{1} fits {2}: {3}")
    @CsvFileSource(resources = "/catalog/arn-fits.csv")
    void concreteArnsFitTheirResourceTypesFormats(String service, String resourceType, String arn, boolean fits) {
        ResourceTypeInfo type = ActionCatalog.bundled().service(service).orElseThrow()
                .resourceType(resourceType).orElseThrow();
        assertEquals(fits, type.fits(arn), () -> type.arnFormats().toString());
    }
}
