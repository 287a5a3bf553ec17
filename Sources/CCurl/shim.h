// Typed wrappers around libcurl's variadic functions, which Swift cannot call.
// One wrapper per argument type; each passes the value through unchanged.
#ifndef FLOWLEARN_CCURL_SHIM_H
#define FLOWLEARN_CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*flowlearn_curl_write_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);

static inline CURLcode flowlearn_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_setopt_write_callback(CURL *handle, CURLoption option,
                                                            flowlearn_curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode flowlearn_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode flowlearn_curl_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode flowlearn_curl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode flowlearn_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

#endif
