package id.kombel.membership.community;

import id.kombel.platform.web.NotFoundException;

class CommunityNotFoundException extends NotFoundException {

    CommunityNotFoundException(String id) {
        super("community", id);
    }
}
