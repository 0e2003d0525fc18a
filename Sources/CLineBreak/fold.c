#include "CLineBreak.h"
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

int32_t yuedu_nfkc_casefold(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t needed = unorm2_normalize(nfkc_cf, (const UChar *)text, length, (UChar *)out, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    return U_FAILURE(status) ? -1 : needed;
}

#include <unicode/uversion.h>

void yuedu_icu_version(char *out) {
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, out);
}

#include <stdlib.h>
#include <unicode/ustring.h>

int32_t yuedu_nfkc_casefold_utf8(const char *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status) || length < 0 || length > INT32_MAX / 4) return -1;
    // UTF-16 never takes more units than UTF-8 takes bytes. The fold grows
    // text rarely and little; a second, exact try handles the exceptions.
    int32_t normalizedCapacity = length + length / 4 + 16;
    UChar *utf16 = malloc(sizeof(UChar) * ((size_t)length + 1 + (size_t)normalizedCapacity));
    if (!utf16) return -1;
    UChar *normalized = utf16 + length + 1;
    int32_t result = -1, utf16Length = 0;
    u_strFromUTF8(utf16, length + 1, &utf16Length, text, length, &status);
    if (U_FAILURE(status)) goto done;
    int32_t normalizedLength = unorm2_normalize(nfkc_cf, utf16, utf16Length, normalized, normalizedCapacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        UChar *bigger = malloc(sizeof(UChar) * (size_t)normalizedLength);
        if (!bigger) goto done;
        status = U_ZERO_ERROR;
        normalizedLength = unorm2_normalize(nfkc_cf, utf16, utf16Length, bigger, normalizedLength, &status);
        if (U_SUCCESS(status)) {
            int32_t outLength = 0;
            u_strToUTF8(out, capacity, &outLength, bigger, normalizedLength, &status);
            if (status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status)) result = outLength;
        }
        free(bigger);
        goto done;
    }
    if (U_FAILURE(status)) goto done;
    int32_t outLength = 0;
    u_strToUTF8(out, capacity, &outLength, normalized, normalizedLength, &status);
    // Overflow: the caller asks again with `outLength` bytes of room.
    if (status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status)) result = outLength;
done:
    free(utf16);
    return result;
}
